/**
 * Rules R7, R8 and R11 as a legal representative's «Доверенные лица» page reads them: every
 * trusted person of each child, invited, opening or open, with what the representative may do.
 */
@NullMarked
package org.diaryaccess.core.trusted;

import org.jspecify.annotations.NullMarked;
