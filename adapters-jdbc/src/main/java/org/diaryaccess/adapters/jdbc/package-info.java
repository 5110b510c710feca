/**
 * Every storage port of the SPI on a {@link javax.sql.DataSource}: embedded H2 by default,
 * PostgreSQL 14+ for hosts that run many instances over one database. Plain JDBC, no ORM.
 *
 * <p>{@link org.diaryaccess.adapters.jdbc.JdbcStore} is the entry point; its schema ships as
 * Flyway migrations under {@value org.diaryaccess.adapters.jdbc.JdbcStore#MIGRATIONS}. Invariants
 * are held by the database — version columns, a unique key on live grants, lock rows for sends,
 * {@code FOR UPDATE SKIP LOCKED} for the outbox on PostgreSQL — never by JVM locks.
 */
@NullMarked
package org.diaryaccess.adapters.jdbc;

import org.jspecify.annotations.NullMarked;
