package org.diaryaccess.spring.boot;

/**
 * A bean only the host can write is missing: its notification centre or its diary system.
 *
 * @since 0.1.0
 */
public final class MissingHostBeanException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** The missing bean's type. */
  private final String beanType;

  /**
   * Creates it for the missing type.
   *
   * @param type the type the host must provide a bean of
   */
  public MissingHostBeanException(Class<?> type) {
    super("diary-access needs a bean of type " + type.getName() + ", which only the host can write");
    this.beanType = type.getName();
  }

  /**
   * The missing bean's type.
   *
   * @return its class name
   */
  public String beanType() {
    return beanType;
  }
}
