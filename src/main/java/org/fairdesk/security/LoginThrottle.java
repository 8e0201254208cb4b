package org.fairdesk.security;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.fairdesk.shared.TokenBuckets;

/**
 * Limits failed password logins per client address and per account, so that guessing costs the guesser time and
 * nobody else CPU: a refused attempt is answered before its password is checked (BCrypt, ~70 ms of CPU).
 * <ul>
 * <li>Only failures count. An attempt takes a token from its address's and its account's bucket before the check,
 * and a right password gives them back; so parallel guesses cannot all slip through while the first are checked,
 * and a script that logs in correctly is never held back for long.</li>
 * <li>An address with no tokens left is refused for every account, with the right password too (no oracle).</li>
 * <li>An account with no tokens left (guesses spread over many addresses) is refused only from addresses that have
 * not logged in to it successfully within {@code knownAddressFor}: the real user's usual address gets through. From
 * such a known address an attempt reserves nothing; its failures count afterwards.</li>
 * </ul>
 * Accounts are keyed by the username stripped and lower-cased (the login itself matches the exact name, so this
 * only ever counts more), IPv6 addresses by their /64 network (one host usually holds a whole /64). Everything is
 * in this node's memory, in bounded caches; with several nodes each allows the limits.
 */
final class LoginThrottle {

	/** Which limit refused an attempt. */
	enum Limit {
		ADDRESS, ACCOUNT
	}

	/** One password check let through, and whether it reserved tokens (a login not from a known address did). */
	record Attempt(String account, String client, boolean reserved) {
	}

	private record KnownLogin(String account, String client) {
	}

	private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

	private static final int MAX_ADDRESSES = 100_000;
	private static final int MAX_ACCOUNTS = 100_000;
	private static final int MAX_KNOWN_LOGINS = 100_000;

	/** Longest username a login can have ({@code users.username}); longer ones share one bucket, as blank ones do. */
	private static final int MAX_USERNAME = 100;

	private final TokenBuckets addresses;
	private final TokenBuckets accounts;
	private final Cache<KnownLogin, Boolean> knownLogins;

	LoginThrottle(LoginThrottleSettings settings, Clock clock) {
		this.addresses = new TokenBuckets(settings.addressFailures(), settings.addressRefill(), MAX_ADDRESSES, clock);
		this.accounts = new TokenBuckets(settings.accountFailures(), settings.accountRefill(), MAX_ACCOUNTS, clock);
		this.knownLogins = Caffeine.newBuilder()
			.expireAfterWrite(settings.knownAddressFor())
			.maximumSize(MAX_KNOWN_LOGINS)
			.ticker(TokenBuckets.ticker(clock))
			.build();
	}

	/**
	 * Before a password is checked: the attempt to report back with {@link #succeeded} or {@link #failed}.
	 *
	 * @throws LoginThrottledException when the attempt must wait; nothing was reserved then
	 */
	Attempt admit(String username, String remoteAddress) {
		String account = account(username);
		String client = client(remoteAddress);
		if (knownLogins.getIfPresent(new KnownLogin(account, client)) != null) {
			Optional<Bucket> address = addresses.existing(client);
			if (address.isPresent() && address.get().getAvailableTokens() < 1) {
				throw refusal(Limit.ADDRESS, address.get().estimateAbilityToConsume(1).getNanosToWaitForRefill());
			}
			return new Attempt(account, client, false);
		}
		Bucket address = addresses.of(client);
		ConsumptionProbe fromAddress = address.tryConsumeAndReturnRemaining(1);
		if (!fromAddress.isConsumed()) {
			throw refusal(Limit.ADDRESS, fromAddress.getNanosToWaitForRefill());
		}
		ConsumptionProbe forAccount = accounts.of(account).tryConsumeAndReturnRemaining(1);
		if (!forAccount.isConsumed()) {
			address.addTokens(1);
			throw refusal(Limit.ACCOUNT, forAccount.getNanosToWaitForRefill());
		}
		return new Attempt(account, client, true);
	}

	/** The password was right: nothing counts against the address or the account, and the address is known. */
	void succeeded(Attempt attempt) {
		giveBack(attempt);
		knownLogins.put(new KnownLogin(attempt.account(), attempt.client()), Boolean.TRUE);
	}

	/** The login failed: the attempt counts as a failure for its address and its account. */
	void failed(Attempt attempt) {
		if (!attempt.reserved()) {
			addresses.of(attempt.client()).tryConsume(1);
			accounts.of(attempt.account()).tryConsume(1);
		}
	}

	/** The check could not be made (the database is down): the attempt counts for nothing. */
	void undecided(Attempt attempt) {
		giveBack(attempt);
	}

	private void giveBack(Attempt attempt) {
		if (attempt.reserved()) {
			addresses.of(attempt.client()).addTokens(1);
			accounts.of(attempt.account()).addTokens(1);
		}
	}

	private static LoginThrottledException refusal(Limit limit, long nanosToWait) {
		return new LoginThrottledException(limit, TokenBuckets.seconds(nanosToWait));
	}

	static String account(String username) {
		String name = username.strip();
		return name.length() > MAX_USERNAME ? "" : name.toLowerCase(Locale.ROOT);
	}

	/** An IPv6 address as its /64 network; anything else (IPv4, or a proxy's obfuscated identifier) as it is. */
	static String client(String remoteAddress) {
		int zone = remoteAddress.indexOf('%');
		String literal = zone < 0 ? remoteAddress : remoteAddress.substring(0, zone);
		if (literal.indexOf(':') < 0 || !IPV6_LITERAL.matcher(literal).matches()) {
			return remoteAddress;
		}
		InetAddress address;
		try {
			// Hex digits with a colon are parsed as an IPv6 literal, never looked up in DNS.
			address = InetAddress.getByName(literal);
		}
		catch (UnknownHostException notAnAddress) {
			return remoteAddress;
		}
		if (address instanceof Inet4Address mapped) {
			return mapped.getHostAddress(); // ::ffff:192.0.2.1 is 192.0.2.1
		}
		byte[] bytes = address.getAddress();
		StringBuilder network = new StringBuilder();
		for (int i = 0; i < 8; i += 2) {
			network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
		}
		return network.append(":/64").toString();
	}
}
