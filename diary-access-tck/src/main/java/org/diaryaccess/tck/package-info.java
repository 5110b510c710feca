/**
 * The compatibility kit for a store of one's own: a host that keeps the register in its school
 * system's schema, or the profiles in its portal's, writes an adapter over the SPI and proves it
 * here. Extend {@link org.diaryaccess.tck.DiaryStoreTck}, open a fresh store in {@link
 * org.diaryaccess.tck.DiaryStoreTck#openStore()}, and run it with JUnit 5: every port's contract,
 * the library's host API on the store, the stateful property against the reference model and
 * hostile input, each reported under the port or the suite it belongs to.
 *
 * <ul>
 *   <li>{@link org.diaryaccess.tck.contract} — one contract class per storage port and fact reader;</li>
 *   <li>{@link org.diaryaccess.tck.library} — the library's host API and match rules on the store;</li>
 *   <li>{@link org.diaryaccess.tck.properties} — the stateful property, its reference model, and
 *       hostile input;</li>
 *   <li>{@link org.diaryaccess.tck.arbitraries} — jqwik arbitraries for citizens, records,
 *       contacts (valid and hostile), invitations and grants, for a host's own properties;</li>
 *   <li>{@link org.diaryaccess.tck.harness} — the library wired to a store with a clock the test
 *       moves, and the people of the city portal's guide.</li>
 * </ul>
 */
@NullMarked
package org.diaryaccess.tck;

import org.jspecify.annotations.NullMarked;
