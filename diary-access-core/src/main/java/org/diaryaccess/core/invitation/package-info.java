/**
 * Rules R7 and R8: inviting trusted persons, previewing, sending, answering and cancelling invitations.
 */
@NullMarked
package org.diaryaccess.core.invitation;

import org.jspecify.annotations.NullMarked;
