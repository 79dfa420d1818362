"""The knowledge base: intents.yaml and corpus/ loaded, validated and located by line."""
