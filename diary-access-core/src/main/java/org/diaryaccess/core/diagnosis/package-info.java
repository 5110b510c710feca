/**
 * Rule R6: why a citizen has no access, and the card for the class teacher.
 */
@NullMarked
package org.diaryaccess.core.diagnosis;

import org.jspecify.annotations.NullMarked;
