/**
 * What a host schedules: expire invitations, activate or flag overdue grants, terminate stale grants, deliver the outbox.
 */
@NullMarked
package org.diaryaccess.core.housekeeping;

import org.jspecify.annotations.NullMarked;
