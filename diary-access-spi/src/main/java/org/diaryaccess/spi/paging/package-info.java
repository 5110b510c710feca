/**
 * Pages of a list with stable cursors (R13).
 */
@NullMarked
package org.diaryaccess.spi.paging;

import org.jspecify.annotations.NullMarked;
