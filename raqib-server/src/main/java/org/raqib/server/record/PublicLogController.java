package org.raqib.server.record;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.raqib.server.system.NotFound;
import org.raqib.tlog.Tile;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Each log's public layout, exactly as C2SP tlog-tiles has it, so any standard client (or a party's
 * {@code raqib-verify}) can read it: the checkpoint, hash tiles and entry bundles (entry notes, never
 * payloads). Tiles never change once served, so they may be cached for good, by anyone.
 */
@RestController
class PublicLogController {

	private static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final LogReader reader;

	PublicLogController(LogReader reader) {
		this.reader = reader;
	}

	@GetMapping(value = "/log/{log}/checkpoint", produces = "text/plain;charset=UTF-8")
	ResponseEntity<String> checkpoint(@PathVariable String log) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofSeconds(1)).cachePublic())
			.body(new String(this.reader.checkpoint(log), StandardCharsets.UTF_8));
	}

	/**
	 * The roster an entry put in force: public like the tiles, because a verifier needs the parties' keys
	 * to check every later signature. Not part of tlog-tiles; {@code raqib-verify} reads it beside them.
	 */
	@GetMapping(value = "/log/{log}/roster/{index}", produces = "text/plain;charset=UTF-8")
	ResponseEntity<String> roster(@PathVariable String log, @PathVariable long index) {
		return ResponseEntity.ok()
			.cacheControl(IMMUTABLE)
			.body(new String(this.reader.roster(log, index), StandardCharsets.UTF_8));
	}

	@GetMapping("/log/{log}/tile/entries/**")
	ResponseEntity<byte[]> entryBundle(@PathVariable String log, HttpServletRequest request) {
		return immutable(this.reader.entryBundle(log, parse(log, request, true)));
	}

	@GetMapping("/log/{log}/tile/**")
	ResponseEntity<byte[]> tile(@PathVariable String log, HttpServletRequest request) {
		return immutable(this.reader.tile(log, parse(log, request, false)));
	}

	private static Tile parse(String log, HttpServletRequest request, boolean entries) {
		String path = request.getRequestURI().substring(("/log/" + log + "/").length());
		try {
			return entries ? Tile.parseEntriesPath(path) : Tile.parsePath(path);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFound("tile");
		}
	}

	private static ResponseEntity<byte[]> immutable(byte[] body) {
		return ResponseEntity.ok().cacheControl(IMMUTABLE).contentType(MediaType.APPLICATION_OCTET_STREAM).body(body);
	}

}
