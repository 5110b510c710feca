/**
 * The values the ports speak in: identifiers, citizens, pupil records with their legal
 * representatives, invitations, grants, their states, outbox messages and audit entries.
 *
 * <p>All are immutable records; compact constructors check their invariants. {@code toString}
 * never shows SNILS, phone or e-mail unmasked, and shows names only as initials.
 */
@NullMarked
package org.diaryaccess.spi.model;

import org.jspecify.annotations.NullMarked;
