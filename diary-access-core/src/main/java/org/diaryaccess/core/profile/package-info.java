/**
 * Rule R2: whether a citizen's profile is ready for diary access.
 */
@NullMarked
package org.diaryaccess.core.profile;

import org.jspecify.annotations.NullMarked;
