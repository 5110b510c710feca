/**
 * The audit log's entries and the seals of its hash chain (R14).
 */
@NullMarked
package org.diaryaccess.spi.audit;

import org.jspecify.annotations.NullMarked;
