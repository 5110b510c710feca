package city.school.diary;

import java.util.concurrent.atomic.AtomicInteger;
import org.diaryaccess.adapters.inmemory.InMemoryStore;
import org.diaryaccess.tck.DiaryStoreTck;
import org.diaryaccess.tck.StoreUnderTest;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The school system's store passes the diary-access TCK: every port's contract, the library's
 * host API on it, the stateful property and hostile input. Each store gets a database of its own;
 * the library's own state is kept in memory here, in the JDBC adapter's tables in production.
 */
class SchoolSystemStoreTckTest extends DiaryStoreTck {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  @Override
  protected StoreUnderTest openStore() {
    JdbcDataSource schoolSystem = new JdbcDataSource();
    schoolSystem.setURL("jdbc:h2:mem:school-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    SchoolSystemStore store = new SchoolSystemStore(schoolSystem, new InMemoryStore()).createTables();
    return new StoreUnderTest() {
      @Override
      public SchoolSystemStore store() {
        return store;
      }

      @Override
      public void close() {
        try (var connection = schoolSystem.getConnection(); var statement = connection.createStatement()) {
          statement.execute("SHUTDOWN");
        } catch (java.sql.SQLException e) {
          throw new IllegalStateException(e);
        }
      }
    };
  }
}
