package city.school.diary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.sql.Statement;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.diaryaccess.spi.AuditLog;
import org.diaryaccess.spi.Citizens;
import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.DiaryViews;
import org.diaryaccess.spi.Grants;
import org.diaryaccess.spi.Invitations;
import org.diaryaccess.spi.Outbox;
import org.diaryaccess.spi.SchoolRegister;
import org.diaryaccess.spi.UnitOfWork;
import org.diaryaccess.spi.error.PermanentStorageException;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.error.StorageException;
import org.diaryaccess.spi.error.TransientStorageException;

/**
 * The store of a city whose register stays in the school system's database: the register port
 * reads and writes the school system's own table, and the state the library owns (profiles,
 * invitations, grants, outbox, audit, views) lives in the store it is given, such as
 * diary-access-jdbc's tables. One unit of work spans both: the school system's transaction is
 * opened inside the library store's unit of work and committed as the work ends, so a command
 * that fails leaves neither behind. The fact readers are the SPI's defaults, composed of these
 * ports.
 */
public final class SchoolSystemStore implements DiaryStore {
  private final DataSource schoolSystem;
  private final DiaryStore library;
  private final ThreadLocal<Connection> current = new ThreadLocal<>();
  private final SchoolRegister register = new SchoolSystemRegister(this::connection);
  private final UnitOfWork unitOfWork = new UnitOfWork() {
    @Override
    public <T> T write(Supplier<T> work) {
      return library.unitOfWork().write(() -> inTransaction(work));
    }

    @Override
    public <T> T read(Supplier<T> work) {
      return library.unitOfWork().read(() -> inTransaction(work));
    }
  };

  /**
   * A store over the school system's database and the library's own store.
   *
   * @param schoolSystem the school system's database, holding {@code school_pupil}
   * @param library the store that keeps what the library owns
   */
  public SchoolSystemStore(DataSource schoolSystem, DiaryStore library) {
    this.schoolSystem = Objects.requireNonNull(schoolSystem, "schoolSystem");
    this.library = Objects.requireNonNull(library, "library");
  }

  /**
   * Creates the school system's table where it is missing, as the school system's own scripts
   * would.
   *
   * @return this store
   */
  public SchoolSystemStore createTables() {
    try (InputStream script = SchoolSystemStore.class.getResourceAsStream("/school-register.sql");
        Connection connection = schoolSystem.getConnection();
        Statement statement = connection.createStatement()) {
      String sql = new String(Objects.requireNonNull(script, "school-register.sql").readAllBytes(),
          StandardCharsets.UTF_8);
      for (String each : sql.replaceAll("(?m)^--.*$", "").split(";")) {
        if (!each.isBlank()) {
          statement.execute(each);
        }
      }
      return this;
    } catch (IOException e) {
      throw new IllegalStateException("the school system's schema script is missing", e);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public Citizens citizens() {
    return library.citizens();
  }

  @Override
  public SchoolRegister schoolRegister() {
    return register;
  }

  @Override
  public Invitations invitations() {
    return library.invitations();
  }

  @Override
  public Grants grants() {
    return library.grants();
  }

  @Override
  public Outbox outbox() {
    return library.outbox();
  }

  @Override
  public AuditLog auditLog() {
    return library.auditLog();
  }

  @Override
  public DiaryViews diaryViews() {
    return library.diaryViews();
  }

  @Override
  public UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  @Override
  public void close() {
    library.close();
  }

  private <T> T inTransaction(Supplier<T> work) {
    if (current.get() != null) {
      return work.get();
    }
    try (Connection connection = schoolSystem.getConnection()) {
      connection.setAutoCommit(false);
      current.set(connection);
      try {
        T result = work.get();
        connection.commit();
        return result;
      } catch (RuntimeException | Error e) {
        connection.rollback();
        throw e;
      } finally {
        current.remove();
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private Connection connection() {
    Connection connection = current.get();
    if (connection == null) {
      throw new IllegalStateException("the school register is read and written inside a unit of work");
    }
    return connection;
  }

  /** A failure of the school system's database, as the library's retry expects it. */
  static StorageException failure(SQLException e) {
    return e instanceof SQLTransientException ? new TransientStorageException(ReasonCode.STORAGE_UNAVAILABLE, e)
        : new PermanentStorageException(e);
  }
}
