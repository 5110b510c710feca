/**
 * Every storage port in memory, thread-safe and indexed, and recording stand-ins for the
 * notification centre and the diary system: for tests, demos and small hosts.
 */
module org.diaryaccess.adapters.inmemory {
  requires transitive org.diaryaccess.spi;
  requires com.google.common;

  exports org.diaryaccess.adapters.inmemory;
}
