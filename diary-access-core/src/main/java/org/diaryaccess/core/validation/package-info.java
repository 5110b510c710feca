/**
 * Jakarta Validation at the boundary: constraints such as {@code @Snils} and {@code @MobilePhone}, with messages in Russian and English.
 */
@NullMarked
package org.diaryaccess.core.validation;

import org.jspecify.annotations.NullMarked;
