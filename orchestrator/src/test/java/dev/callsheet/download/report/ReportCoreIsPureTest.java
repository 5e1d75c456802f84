package dev.callsheet.download.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.callsheet.request.CoreIsPureTest;
import org.junit.jupiter.api.Test;

/** The watchers' core obeys the request core's purity rule, which is shown there to be able to fail. */
class ReportCoreIsPureTest {

    @Test
    void keepsTheWatchersCorePure() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.callsheet.download.report");

        assertThat(main).isNotEmpty();
        CoreIsPureTest.pureCore("dev.callsheet.download.report..").check(main);
    }
}
