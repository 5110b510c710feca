/**
 * The ports of diary-access (docs/RULES.md): what the library needs from its host, each named after
 * what it holds.
 *
 * <ul>
 *   <li>{@link org.diaryaccess.spi.Citizens} — the portal's registry of people;</li>
 *   <li>{@link org.diaryaccess.spi.SchoolRegister} — pupil records and their legal representatives;</li>
 *   <li>{@link org.diaryaccess.spi.Invitations}, {@link org.diaryaccess.spi.Grants} — the state the library owns;</li>
 *   <li>{@link org.diaryaccess.spi.Outbox} — messages stored with the change they report;</li>
 *   <li>{@link org.diaryaccess.spi.NotificationCentre} — the citizen's «Центр уведомлений»;</li>
 *   <li>{@link org.diaryaccess.spi.DiaryProvisioning} — the host's diary system;</li>
 *   <li>{@link org.diaryaccess.spi.AuditLog}, {@link org.diaryaccess.spi.IdGenerator},
 *       {@link org.diaryaccess.spi.UnitOfWork}.</li>
 * </ul>
 *
 * <p>Every storage port is called inside a {@link org.diaryaccess.spi.UnitOfWork}; a storage
 * failure is a {@link org.diaryaccess.spi.error.StorageException}. The shipped adapters pass
 * the contract suite of {@code diary-access-tck}; a host's own adapter proves itself by passing
 * it too.
 */
@NullMarked
package org.diaryaccess.spi;

import org.jspecify.annotations.NullMarked;
