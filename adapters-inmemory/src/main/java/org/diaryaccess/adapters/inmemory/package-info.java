/**
 * Every port of the SPI in memory. {@link org.diaryaccess.adapters.inmemory.InMemoryStore} holds
 * the storage ports behind one read-write lock, with undo on failure, so its units of work are
 * serial and atomic; contact look-ups go through indexes, never a scan. For tests, examples and
 * hosts that fit in one JVM.
 */
@NullMarked
package org.diaryaccess.adapters.inmemory;

import org.jspecify.annotations.NullMarked;
