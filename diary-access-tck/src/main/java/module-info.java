/**
 * The compatibility kit for a store of one's own. Open, because it is a test kit: JUnit and jqwik
 * make its suites and call their tests reflectively, from whichever path a host runs them on.
 */
@SuppressWarnings("NotJavadoc") // Error Prone takes an open module's comment for a stray one
open module org.diaryaccess.tck {
  requires transitive org.diaryaccess.spi;
  requires transitive org.diaryaccess.core;
  requires transitive org.diaryaccess.adapters.inmemory;
  requires transitive org.junit.jupiter.api;
  requires transitive org.junit.jupiter.params;
  requires transitive net.jqwik.api;
  requires transitive org.assertj.core;

  exports org.diaryaccess.tck;
  exports org.diaryaccess.tck.arbitraries;
  exports org.diaryaccess.tck.contract;
  exports org.diaryaccess.tck.harness;
  exports org.diaryaccess.tck.library;
  exports org.diaryaccess.tck.properties;
}
