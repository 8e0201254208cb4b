package org.fairdesk.people;

import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class Teams {

	private static final String COLUMNS = "select id, name, currency, time_zone, locale from teams";

	private final JdbcClient jdbc;

	Teams(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Team insert(String name, Currency currency, ZoneId zone, Locale locale) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into teams (name, currency, time_zone, locale) values (?, ?, ?, ?)")
			.params(name, currency.getCurrencyCode(), zone.getId(), locale.toLanguageTag())
			.update(keys, "id");
		return new Team(new TeamId(keys.getKey().longValue()), name, currency, zone, locale);
	}

	boolean updateLocale(TeamId id, Locale locale) {
		return jdbc.sql("update teams set locale = ? where id = ?").params(locale.toLanguageTag(), id.value()).update() == 1;
	}

	List<Team> findAll() {
		return jdbc.sql(COLUMNS + " order by id").query(Teams::map).list();
	}

	Optional<Team> findById(TeamId id) {
		return jdbc.sql(COLUMNS + " where id = ?").param(id.value()).query(Teams::map).optional();
	}

	private static Team map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Team(new TeamId(rs.getLong("id")), rs.getString("name"),
				Currency.getInstance(rs.getString("currency")), ZoneId.of(rs.getString("time_zone")),
				Locale.forLanguageTag(rs.getString("locale")));
	}
}
