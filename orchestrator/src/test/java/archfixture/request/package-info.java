/** A deliberately impure "core" that proves the purity rule can fail; test sources only, never wired. */
package archfixture.request;
