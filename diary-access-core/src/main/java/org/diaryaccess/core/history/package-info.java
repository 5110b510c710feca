/**
 * The access history (R15): allowed decisions counted in memory on the instance that made them,
 * written to the store in batches by housekeeping, and read by the child's legal representatives.
 */
@NullMarked
package org.diaryaccess.core.history;

import org.jspecify.annotations.NullMarked;
