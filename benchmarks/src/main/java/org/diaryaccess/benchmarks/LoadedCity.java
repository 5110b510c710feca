package org.diaryaccess.benchmarks;

import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.spi.people.Citizen;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The city loaded into one store, once per trial, shared by every benchmark: which store and how
 * many pupils are its parameters.
 */
@State(Scope.Benchmark)
public class LoadedCity {
  @Param({"inmemory", "h2", "postgres"})
  public String store = "inmemory";

  @Param({"10000"})
  public int pupils = 10_000;

  // Set by JMH's @Setup before any benchmark method runs.
  @SuppressWarnings("NullAway.Init")
  DiaryAccess access;
  @SuppressWarnings("NullAway.Init")
  Stores.Loaded loaded;
  @SuppressWarnings("NullAway.Init")
  City city;
  private int nextGuest;

  /**
   * Cities already loaded in this JVM. A forked run (the default) loads one per trial; a run
   * without forks ({@code -f 0}, for a million pupils) loads each city once and shares it, and
   * lets a size's cities go when another size is asked for. Guarded by {@link #obtain}'s lock.
   */
  private static final Map<String, LoadedCity> LOADED = new HashMap<>();

  /** Builds the city and loads it, or takes the one this JVM has already loaded. */
  @Setup(Level.Trial)
  public void load() {
    LoadedCity done = obtain(store, pupils);
    city = done.city;
    loaded = done.loaded;
    access = done.access;
  }

  /**
   * The city of a size loaded into a store, loading it if this JVM has not.
   *
   * @param store which store
   * @param pupils how many pupils
   * @return the loaded city
   */
  static synchronized LoadedCity obtain(String store, int pupils) {
    // A run over several sizes measures them one after another: the smaller cities go first.
    LOADED.values().removeIf(held -> {
      if (held.pupils == pupils) {
        return false;
      }
      held.loaded.release();
      return true;
    });
    return LOADED.computeIfAbsent(store + "/" + pupils, key -> {
      LoadedCity fresh = new LoadedCity();
      fresh.store = store;
      fresh.pupils = pupils;
      fresh.city = City.of(pupils);
      fresh.loaded = Stores.load(store, fresh.city);
      fresh.access = fresh.loaded.access();
      return fresh;
    });
  }

  /**
   * The database the city is loaded into.
   *
   * @return its data source
   * @throws IllegalStateException if the store is no database
   */
  DataSource database() {
    DataSource database = loaded.dataSource();
    if (database == null) {
      throw new IllegalStateException(store + " is not a database");
    }
    return database;
  }

  /** The next guest no family has invited, walking the list round. */
  Citizen nextGuest() {
    nextGuest = (nextGuest + 1) % city.uninvited.size();
    return city.uninvited.get(nextGuest);
  }
}
