/** A planted violation for the architecture rules' own test; never part of the library. */
@NullMarked
package org.diaryaccess.core.support.planted;

import org.jspecify.annotations.NullMarked;
