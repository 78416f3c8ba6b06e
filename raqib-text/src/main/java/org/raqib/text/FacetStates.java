package org.raqib.text;

import java.io.IOException;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/**
 * The facet ordinals of the searcher in use: building them reads every facet value of the index, so they are
 * built once per refreshed reader, not once per search.
 */
final class FacetStates {

	private IndexReader reader;

	private DefaultSortedSetDocValuesReaderState state;

	synchronized DefaultSortedSetDocValuesReaderState of(IndexReader current, FacetsConfig config) throws IOException {
		if (this.reader != current) {
			this.state = new DefaultSortedSetDocValuesReaderState(current, config);
			this.reader = current;
		}
		return this.state;
	}

}
