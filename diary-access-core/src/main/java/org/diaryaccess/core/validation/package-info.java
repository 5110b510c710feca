/**
 * Jakarta Validation at the boundary: constraints such as {@code @ValidSnils} and {@code @ValidMobilePhone}, with messages in Russian and English.
 */
@NullMarked
package org.diaryaccess.core.validation;

import org.jspecify.annotations.NullMarked;
