"""Store: a built graph opened for querying, its saved queries, validation, push to a remote store, the query worker."""
