/**
 * JMH benchmarks of diary-access on a deterministic synthetic city ({@link org.diaryaccess.benchmarks.City}).
 */
@NullMarked
package org.diaryaccess.benchmarks;

import org.jspecify.annotations.NullMarked;
