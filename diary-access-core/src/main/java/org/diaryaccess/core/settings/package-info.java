/**
 * The settings of docs/RULES.md in one object: {@link org.diaryaccess.core.settings.AccessSettings}.
 */
@NullMarked
package org.diaryaccess.core.settings;

import org.jspecify.annotations.NullMarked;
