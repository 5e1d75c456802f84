package dev.callsheet.pipeline.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.callsheet.request.CoreIsPureTest;
import org.junit.jupiter.api.Test;

/** The watch's core obeys the request core's purity rule, which is shown there to be able to fail. */
class ProgressCoreIsPureTest {

    @Test
    void keepsTheWatchesCorePure() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.callsheet.pipeline.progress");

        assertThat(main).isNotEmpty();
        CoreIsPureTest.pureCore("dev.callsheet.pipeline.progress..").check(main);
    }
}
