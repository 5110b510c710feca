/**
 * The entry point: {@link org.diaryaccess.core.DiaryAccess}, built once by a host with its ports
 * and an {@link org.diaryaccess.core.settings.AccessSettings}, answers every use case of docs/RULES.md.
 */
@NullMarked
package org.diaryaccess.core;

import org.jspecify.annotations.NullMarked;
