/**
 * Rules R9–R11: trusted persons' grants — provisioning, validity, revocation and renunciation.
 */
@NullMarked
package org.diaryaccess.core.grant;

import org.jspecify.annotations.NullMarked;
