/**
 * Programs that embed diary-access the way a host would: {@link org.diaryaccess.examples.Walkthrough}
 * plays the city portal's guide for parents on embedded H2; {@link org.diaryaccess.examples.InMemoryHost},
 * {@link org.diaryaccess.examples.H2Host} and {@link org.diaryaccess.examples.PostgresHost} show the
 * wiring for each store.
 */
@NullMarked
package org.diaryaccess.examples;

import org.jspecify.annotations.NullMarked;
