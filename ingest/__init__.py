"""Harvesting and normalising repository metadata into catalogue records."""
