/**
 * Every storage port on JDBC, on H2 and PostgreSQL, its schema as Flyway migrations (resources
 * under {@code db/}, which are not packages and so stay readable to Flyway). H2 and HikariCP are
 * optional: a host on PostgreSQL with a pool of its own needs neither.
 */
module org.diaryaccess.adapters.jdbc {
  requires transitive org.diaryaccess.spi;
  requires transitive java.sql;
  requires com.google.common;
  requires org.slf4j;
  requires flyway.core;
  requires static com.h2database;
  requires static com.zaxxer.hikari;

  exports org.diaryaccess.adapters.jdbc;
  // H2 makes the audit log's append-only trigger from its class name.
  exports org.diaryaccess.adapters.jdbc.h2 to com.h2database;
}
