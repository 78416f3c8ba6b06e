package org.raqib.server.record;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.Actor;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.Rejected;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The record's JSON API: logs, keys, party-signed entries, proofs, receipts, need-to-know payloads. */
@RestController
@RequestMapping("/api/v1/logs")
@Tag(name = "record", description = "Logs, entries, proofs, receipts and payloads")
class LogApi {

	/** A log as the API lists it, with where its tlog-tiles layout is. */
	record LogView(String id, String origin, String vkey, String base, long size, long checkpointSize) {
	}

	/** An appended entry: its index, leaf hash (base64) and the log's signed promise. */
	record AppendedView(long index, String leafHash, String recordedAt, String promise) {

		static AppendedView of(Appended appended) {
			return new AppendedView(appended.index(), Base64.getEncoder().encodeToString(appended.leafHash()),
					appended.recordedAt().toString(), appended.promise());
		}

	}

	/** A party-signed entry: the signed note and its payload, base64. */
	record SignedSubmission(@Nullable String entry, @Nullable String payload) {
	}

	record EntryView(long index, String kind, String party, long seq, String recordedAt, List<Long> refs,
			String leafHash, String entry) {
	}

	record ProofView(long index, long size, long oldSize, List<String> hashes) {
	}

	record KeysView(String log, String origin, String logVkey, List<LogReader.PartyKey> keys) {
	}

	record NewKey(@Nullable String vkey) {
	}

	private final LogReader reader;

	private final LogAdministration administration;

	private final Appending appending;

	LogApi(LogReader reader, LogAdministration administration, Appending appending) {
		this.reader = reader;
		this.administration = administration;
		this.appending = appending;
	}

	@GetMapping
	@Operation(summary = "Every log, with its origin, log key and public tlog-tiles base")
	List<LogView> logs() {
		return this.reader.logs().stream().map(LogApi::view).toList();
	}

	@PostMapping
	ResponseEntity<LogView> create(@RequestBody NewLog body, Authentication auth, HttpServletRequest request) {
		LogInfo log = this.administration.create(body, Actor.of(auth, request));
		return ResponseEntity.created(URI.create("/api/v1/logs/" + log.id())).body(view(this.reader.summary(log.id())));
	}

	@GetMapping("/{log}")
	LogView log(@PathVariable String log) {
		return view(this.reader.summary(log));
	}

	@GetMapping("/{log}/keys")
	@Operation(summary = "The log's origin and vkey, and the keys of its roster")
	KeysView keys(@PathVariable String log) {
		LogInfo info = this.reader.log(log);
		return new KeysView(info.id(), info.origin(), info.vkey(), this.reader.keys(log));
	}

	@PostMapping("/{log}/parties")
	ResponseEntity<AppendedView> addParty(@PathVariable String log, @RequestBody NewLog.LogParty body,
			Authentication auth, HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(AppendedView.of(this.administration.addParty(log, body, Actor.of(auth, request))));
	}

	@PostMapping("/{log}/parties/{party}/keys")
	ResponseEntity<AppendedView> registerKey(@PathVariable String log, @PathVariable String party,
			@RequestBody NewKey body, Authentication auth, HttpServletRequest request) {
		if (body.vkey() == null) {
			throw InvalidInput.of("vkey", "record.payload.required");
		}
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(AppendedView.of(this.administration.registerKey(log, party, body.vkey(), Actor.of(auth, request))));
	}

	@PostMapping("/{log}/entries")
	@Operation(summary = "Append an entry signed by a key the party holds (a liaison of that party submits it)")
	ResponseEntity<AppendedView> submit(@PathVariable String log, @RequestBody SignedSubmission body,
			@AuthenticationPrincipal RaqibUser user) {
		byte[] entry = required(body.entry(), "entry").getBytes(StandardCharsets.UTF_8);
		byte[] payload = base64(required(body.payload(), "payload"), "payload");
		Appended appended = this.appending.submitSigned(log, entry, payload, user);
		return ResponseEntity.created(URI.create("/api/v1/logs/" + log + "/entries/" + appended.index()))
			.body(AppendedView.of(appended));
	}

	@GetMapping("/{log}/entries/{index}")
	EntryView entry(@PathVariable String log, @PathVariable long index) {
		RecordedEntry entry = this.reader.entry(log, index);
		return new EntryView(entry.index(), entry.kind(), entry.keyName(), entry.seq(), entry.recordedAt().toString(),
				entry.refs(), Base64.getEncoder().encodeToString(entry.leafHash()),
				new String(this.reader.leaf(log, index), StandardCharsets.UTF_8));
	}

	@GetMapping("/{log}/payloads/{index}")
	@Operation(summary = "An entry's payload, if your roles give you a need to know it")
	ResponseEntity<byte[]> payload(@PathVariable String log, @PathVariable long index,
			@AuthenticationPrincipal @Nullable RaqibUser user) {
		byte[] payload = this.reader.payload(log, index, user)
			.orElseThrow(() -> new Rejected(HttpStatus.FORBIDDEN, "NEED_TO_KNOW",
					"your roles do not give you a need to know this payload"));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(payload);
	}

	@GetMapping(value = "/{log}/receipts/{index}", produces = "text/plain;charset=UTF-8")
	@Operation(summary = "The entry's receipt: a C2SP tlog-proof against the latest checkpoint")
	String receipt(@PathVariable String log, @PathVariable long index,
			@RequestParam(defaultValue = "false") boolean wait) {
		return new String(this.reader.receipt(log, index, wait ? Duration.ofSeconds(10) : Duration.ZERO),
				StandardCharsets.UTF_8);
	}

	@GetMapping("/{log}/proofs/inclusion")
	ProofView inclusion(@PathVariable String log, @RequestParam long index, @RequestParam long size) {
		var proof = this.reader.inclusion(log, index, size);
		return new ProofView(index, size, 0, encode(proof.hashes()));
	}

	@GetMapping("/{log}/proofs/consistency")
	ProofView consistency(@PathVariable String log, @RequestParam("old") long oldSize,
			@RequestParam("new") long newSize) {
		var proof = this.reader.consistency(log, oldSize, newSize);
		return new ProofView(0, newSize, oldSize, encode(proof.hashes()));
	}

	private static LogView view(LogReader.LogSummary s) {
		return new LogView(s.log().id(), s.log().origin(), s.log().vkey(), s.log().base(), s.size(), s.checkpointSize());
	}

	private static List<String> encode(List<byte[]> hashes) {
		return hashes.stream().map(Base64.getEncoder()::encodeToString).toList();
	}

	private static String required(@Nullable String value, String field) {
		if (value == null || value.isEmpty()) {
			throw InvalidInput.of(field, "record.payload.required");
		}
		return value;
	}

	private static byte[] base64(String value, String field) {
		try {
			return Base64.getDecoder().decode(value);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInput.of(field, "record.payload.not-base64");
		}
	}

}
