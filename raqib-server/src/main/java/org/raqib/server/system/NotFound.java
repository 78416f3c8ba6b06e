package org.raqib.server.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A thing asked for by identifier that does not exist (or that the asker may not know exists). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {

	public NotFound(String what) {
		super(what + " not found");
	}

}
