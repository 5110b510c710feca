/**
 * The portal's citizens: a name, an optional date of birth and gender, and the contacts of their profile.
 */
@NullMarked
package org.diaryaccess.spi.people;

import org.jspecify.annotations.NullMarked;
