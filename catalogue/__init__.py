"""The Welsh public code catalogue: domain model, database and command line."""
