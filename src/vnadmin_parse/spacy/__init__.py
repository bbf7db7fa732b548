"""spaCy integration: a Doc as a view onto a Report, and vnadmin_* pipeline components."""
