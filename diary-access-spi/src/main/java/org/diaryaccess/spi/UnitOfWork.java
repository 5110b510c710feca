package org.diaryaccess.spi;

import java.util.function.Supplier;

/**
 * Runs work so that its writes happen together or not at all. The JDBC adapter makes it one
 * database transaction; the in-memory adapter serialises writers and undoes a failed one.
 *
 * @since 0.1.0
 */
public interface UnitOfWork {

  /**
   * Runs work that writes. If it throws, nothing it wrote remains.
   *
   * @param work the work
   * @param <T> its result
   * @return what the work returned
   */
  <T> T write(Supplier<T> work);

  /**
   * Runs work that only reads, seeing one consistent state where the store can give it.
   *
   * @param work the work
   * @param <T> its result
   * @return what the work returned
   */
  <T> T read(Supplier<T> work);
}
