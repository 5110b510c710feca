/**
 * Identifiers: the opaque ids a host owns (citizens, schools, pupil records) and the ids the library mints (invitations, grants). Each is 1..128 visible characters.
 */
@NullMarked
package org.diaryaccess.spi.id;

import org.jspecify.annotations.NullMarked;
