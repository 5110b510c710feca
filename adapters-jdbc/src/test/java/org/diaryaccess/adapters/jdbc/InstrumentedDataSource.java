package org.diaryaccess.adapters.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that counts the statements run through it and the rollbacks, keeps the
 * statements' text, and can make chosen ones fail, as a database would mid-command.
 */
final class InstrumentedDataSource implements DataSource {
  private final DataSource target;
  private final AtomicInteger statements = new AtomicInteger();
  private final Set<String> prepared = ConcurrentHashMap.newKeySet();
  private final AtomicInteger rollbacks = new AtomicInteger();
  private volatile Predicate<String> failing = sql -> false;
  private volatile String failureState = "XX000";

  InstrumentedDataSource(DataSource target) {
    this.target = target;
  }

  /** Statements prepared so far. */
  int statements() {
    return statements.get();
  }

  /** The text of every statement prepared so far, each once. */
  Set<String> prepared() {
    return Set.copyOf(prepared);
  }

  /** Transactions rolled back since the count was reset. */
  int rollbacks() {
    return rollbacks.get();
  }

  void resetCount() {
    statements.set(0);
    rollbacks.set(0);
  }

  /**
   * Makes every execution of a statement whose SQL matches fail.
   *
   * @param which which statements
   * @param sqlState the SQL state to fail with ({@code XX000} internal error, {@code 08006} lost connection)
   */
  void failWhen(Predicate<String> which, String sqlState) {
    this.failureState = sqlState;
    this.failing = which;
  }

  void heal() {
    this.failing = sql -> false;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return wrap(target.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return wrap(target.getConnection(username, password));
  }

  private Connection wrap(Connection connection) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getName().equals("rollback")) {
        rollbacks.incrementAndGet();
      }
      Object result = invoke(connection, method, args);
      if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement ps) {
        statements.incrementAndGet();
        prepared.add((String) args[0]);
        return statement(ps, (String) args[0]);
      }
      return result;
    };
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  private PreparedStatement statement(PreparedStatement ps, String sql) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getName().startsWith("execute") && failing.test(sql)) {
        throw new SQLException("injected failure", failureState);
      }
      return invoke(ps, method, args);
    };
    return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {PreparedStatement.class}, handler);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() {
    return Logger.getGlobal();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return target.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return target.isWrapperFor(type);
  }
}
