package org.fairdesk.shared;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Which database Fairdesk runs on, for the few hot paths that use what PostgreSQL does and H2 does not, or does not
 * document (several writes in one data-modifying {@code WITH}, locking one table of a join row by row); everything
 * else is the same SQL on both.
 */
public enum Database {

	POSTGRESQL, H2;

	/** Reads the product name from the connection pool's metadata (once, for the {@code Database} bean). */
	public static Database of(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
			return switch (product) {
				case "PostgreSQL" -> POSTGRESQL;
				case "H2" -> H2;
				default -> throw new IllegalStateException("Fairdesk runs on PostgreSQL or H2, not " + product);
			};
		}
		catch (MetaDataAccessException e) {
			throw new IllegalStateException("Cannot tell which database the data source is", e);
		}
	}

	/** True where one statement may update, delete and insert in several tables ({@code WITH … AS (UPDATE …)}). */
	public boolean combinesWrites() {
		return this == POSTGRESQL;
	}

	/**
	 * True where an ordered join with a limit, locked {@code FOR UPDATE OF t SKIP LOCKED}, locks t's rows one by one
	 * as it reads them and stops at the first free ones, as PostgreSQL documents. H2 parses the clause but documents
	 * no such order; there Fairdesk keeps the single-table lock it is tested with.
	 */
	public boolean locksOneTableOfAJoin() {
		return this == POSTGRESQL;
	}
}
