/// The OpenAPI 3.1 description of the JSON API, served at `/openapi.json`.
///
/// Written by hand next to ``APIRoutes``; a test validates it and requests every path in it.
enum OpenAPIDocument {
    static let json = #"""
{
  "openapi": "3.1.0",
  "info": {
    "title": "govgraph",
    "version": "0.1.0",
    "description": "The knowledge graph of German public-administration news, as `govgraph serve` answers it. Every answer has the field names of the matching `govgraph` command's `--json`. Errors are JSON objects with a status that fits: 400 for a bad parameter, 404 for an unknown entity (with \"did you mean\" suggestions) or document, 413 for a text longer than 200 characters, 422 for a number beyond its limit."
  },
  "servers": [
    {
      "url": "/"
    }
  ],
  "paths": {
    "/api/stats": {
      "get": {
        "operationId": "stats",
        "summary": "Graph statistics (`govgraph stats --json`).",
        "responses": {
          "200": {
            "description": "The counts.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Stats"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/api/entities": {
      "get": {
        "operationId": "entities",
        "summary": "Entities, most mentioned first, or with `q` those whose names match, best first; paged (`govgraph query list --json`).",
        "parameters": [
          {
            "name": "q",
            "in": "query",
            "description": "A name or part of a name.",
            "required": false,
            "schema": {
              "type": "string",
              "maxLength": 200
            },
            "example": "Leipzig"
          },
          {
            "name": "type",
            "in": "query",
            "description": "Only entities of this type.",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "person",
                "municipality",
                "district",
                "state",
                "country",
                "organization",
                "law"
              ]
            },
            "example": "municipality"
          },
          {
            "name": "limit",
            "in": "query",
            "description": "Entities per page.",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "default": 20
            },
            "example": 10
          },
          {
            "name": "offset",
            "in": "query",
            "description": "Entities to skip.",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 10000,
              "default": 0
            },
            "example": 0
          }
        ],
        "responses": {
          "200": {
            "description": "A page of entities.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EntityPage"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/api/entities/{entity}": {
      "get": {
        "operationId": "links",
        "summary": "One entity with its links, strongest and most recent first (`govgraph query NAME --json`).",
        "parameters": [
          {
            "name": "entity",
            "in": "path",
            "required": true,
            "description": "An entity id (`municipality:14713000`) or a name, as `govgraph query NAME` takes it; partial and inflected names work.",
            "schema": {
              "type": "string",
              "maxLength": 200
            },
            "example": "Leipzig"
          },
          {
            "name": "relation",
            "in": "query",
            "description": "Only links of this relation.",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "holds_role",
                "succeeds",
                "located_in",
                "co_mentioned"
              ]
            },
            "example": "holds_role"
          },
          {
            "name": "type",
            "in": "query",
            "description": "Only links to entities of this type.",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "person",
                "municipality",
                "district",
                "state",
                "country",
                "organization",
                "law"
              ]
            },
            "example": "person"
          },
          {
            "name": "since",
            "in": "query",
            "description": "Only evidence dated on or after this day. A day, YYYY-MM-DD.",
            "required": false,
            "schema": {
              "type": "string",
              "format": "date"
            },
            "example": "2020-01-01"
          },
          {
            "name": "until",
            "in": "query",
            "description": "Only evidence dated on or before this day. A day, YYYY-MM-DD.",
            "required": false,
            "schema": {
              "type": "string",
              "format": "date"
            },
            "example": "2030-12-31"
          }
        ],
        "responses": {
          "200": {
            "description": "The entity and its links.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Links"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/api/entities/{entity}/timeline": {
      "get": {
        "operationId": "timeline",
        "summary": "The dated facts about an entity in date order (`govgraph query timeline NAME --json`).",
        "parameters": [
          {
            "name": "entity",
            "in": "path",
            "required": true,
            "description": "An entity id (`municipality:14713000`) or a name, as `govgraph query NAME` takes it; partial and inflected names work.",
            "schema": {
              "type": "string",
              "maxLength": 200
            },
            "example": "Leipzig"
          },
          {
            "name": "co_mentions",
            "in": "query",
            "description": "Also list the dated co-mentions.",
            "required": false,
            "schema": {
              "type": "boolean",
              "default": false
            },
            "example": true
          }
        ],
        "responses": {
          "200": {
            "description": "The timeline.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Timeline"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/api/entities/{entity}/export": {
      "get": {
        "operationId": "export",
        "summary": "The neighbourhood of an entity in an export format (`govgraph export --focus NAME --depth N --format F`), at most 500 entities. The multi-file formats (neo4j, csv) come as a JSON object of files.",
        "parameters": [
          {
            "name": "entity",
            "in": "path",
            "required": true,
            "description": "An entity id (`municipality:14713000`) or a name, as `govgraph query NAME` takes it; partial and inflected names work.",
            "schema": {
              "type": "string",
              "maxLength": 200
            },
            "example": "Leipzig"
          },
          {
            "name": "format",
            "in": "query",
            "description": "The export format.",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "dot",
                "svg",
                "png",
                "pdf",
                "json",
                "graphml",
                "gexf",
                "popolo",
                "neo4j",
                "csv"
              ],
              "default": "json"
            },
            "example": "graphml"
          },
          {
            "name": "depth",
            "in": "query",
            "description": "Steps away from the entity.",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 3,
              "default": 1
            },
            "example": 1
          }
        ],
        "responses": {
          "200": {
            "description": "The export; its media type follows the format.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object"
                }
              },
              "application/xml": {
                "schema": {
                  "type": "string"
                }
              },
              "text/vnd.graphviz": {
                "schema": {
                  "type": "string"
                }
              },
              "image/svg+xml": {
                "schema": {
                  "type": "string"
                }
              },
              "image/png": {
                "schema": {
                  "type": "string",
                  "format": "binary"
                }
              },
              "application/pdf": {
                "schema": {
                  "type": "string",
                  "format": "binary"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/api/who": {
      "get": {
        "operationId": "who",
        "summary": "Who held a role in an organization or place, with dates, status and predecessors (`govgraph query who --json`).",
        "parameters": [
          {
            "name": "role",
            "in": "query",
            "description": "The role; forms are folded (Präsidentin = Präsident, OB = Oberbürgermeister).",
            "required": true,
            "schema": {
              "type": "string",
              "maxLength": 200
            },
            "example": "Oberbürgermeister"
          },
          {
            "name": "of",
            "in": "query",
            "description": "The organization or place.",
            "required": true,
            "schema": {
              "type": "string",
              "maxLength": 200
            },
            "example": "Leipzig"
          },
          {
            "name": "at",
            "in": "query",
            "description": "Only holders on this day. A day, YYYY-MM-DD.",
            "required": false,
            "schema": {
              "type": "string",
              "format": "date"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The holders.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Who"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/api/path": {
      "get": {
        "operationId": "path",
        "summary": "A shortest chain of relations between two entities (`govgraph query path A B --json`).",
        "parameters": [
          {
            "name": "from",
            "in": "query",
            "description": "The first entity.",
            "required": true,
            "schema": {
              "type": "string",
              "maxLength": 200
            },
            "example": "Burkhard Jung"
          },
          {
            "name": "to",
            "in": "query",
            "description": "The second entity.",
            "required": true,
            "schema": {
              "type": "string",
              "maxLength": 200
            },
            "example": "Sachsen"
          },
          {
            "name": "max_length",
            "in": "query",
            "description": "The longest chain to look for, in steps.",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 8,
              "default": 6
            },
            "example": 4
          }
        ],
        "responses": {
          "200": {
            "description": "The steps.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/PathStep"
                  }
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/api/search": {
      "get": {
        "operationId": "search",
        "summary": "Full-text search over the evidence sentences and document titles (`govgraph query search TEXT --json`).",
        "parameters": [
          {
            "name": "q",
            "in": "query",
            "description": "The words; each must occur as a word or its start.",
            "required": true,
            "schema": {
              "type": "string",
              "maxLength": 200
            },
            "example": "Oberbürgermeister"
          },
          {
            "name": "limit",
            "in": "query",
            "description": "The most hits.",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "default": 20
            },
            "example": 5
          }
        ],
        "responses": {
          "200": {
            "description": "The hits, best first.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/SearchHit"
                  }
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/api/documents/{document}": {
      "get": {
        "operationId": "document",
        "summary": "A document with its text, its stored sentences and its mentions.",
        "parameters": [
          {
            "name": "document",
            "in": "path",
            "required": true,
            "description": "A document id, as search hits and evidence give it.",
            "schema": {
              "type": "string",
              "maxLength": 200
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The document.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Document"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/openapi.json": {
      "get": {
        "operationId": "openapi",
        "summary": "This document.",
        "responses": {
          "200": {
            "description": "The OpenAPI document.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object"
                }
              }
            }
          }
        }
      }
    }
  },
  "components": {
    "schemas": {
      "Entity": {
        "type": "object",
        "required": [
          "id",
          "name",
          "type",
          "keys",
          "mentions",
          "documents"
        ],
        "properties": {
          "id": {
            "type": "string",
            "example": "municipality:14713000"
          },
          "name": {
            "type": "string"
          },
          "type": {
            "type": "string",
            "enum": [
              "person",
              "municipality",
              "district",
              "state",
              "country",
              "organization",
              "law"
            ]
          },
          "keys": {
            "type": "object",
            "additionalProperties": {
              "type": "string"
            }
          },
          "mentions": {
            "type": "integer"
          },
          "documents": {
            "type": "integer"
          },
          "degree": {
            "type": "integer",
            "description": "only in lists by degree"
          }
        }
      },
      "Evidence": {
        "type": "object",
        "required": [
          "documentID",
          "start",
          "end",
          "text"
        ],
        "properties": {
          "documentID": {
            "type": "string"
          },
          "date": {
            "type": [
              "string",
              "null"
            ]
          },
          "start": {
            "type": "integer"
          },
          "end": {
            "type": "integer"
          },
          "text": {
            "type": "string"
          },
          "status": {
            "type": [
              "string",
              "null"
            ],
            "enum": [
              "current",
              "new",
              "former",
              null
            ]
          },
          "rule": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "Link": {
        "type": "object",
        "required": [
          "predicate",
          "direction",
          "other",
          "count",
          "evidence"
        ],
        "properties": {
          "predicate": {
            "type": "string",
            "enum": [
              "holds_role",
              "succeeds",
              "located_in",
              "co_mentioned"
            ]
          },
          "role": {
            "type": [
              "string",
              "null"
            ]
          },
          "role_key": {
            "type": [
              "string",
              "null"
            ]
          },
          "status": {
            "type": [
              "string",
              "null"
            ]
          },
          "direction": {
            "type": "string",
            "enum": [
              "outgoing",
              "incoming"
            ]
          },
          "other": {
            "$ref": "#/components/schemas/Entity"
          },
          "first_date": {
            "type": [
              "string",
              "null"
            ]
          },
          "last_date": {
            "type": [
              "string",
              "null"
            ]
          },
          "count": {
            "type": "integer"
          },
          "evidence": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Evidence"
            }
          }
        }
      },
      "Links": {
        "type": "object",
        "required": [
          "entity",
          "links"
        ],
        "properties": {
          "entity": {
            "$ref": "#/components/schemas/Entity"
          },
          "links": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Link"
            }
          }
        }
      },
      "EntityPage": {
        "type": "object",
        "required": [
          "entities",
          "offset",
          "limit",
          "next_offset"
        ],
        "properties": {
          "entities": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Entity"
            }
          },
          "offset": {
            "type": "integer"
          },
          "limit": {
            "type": "integer"
          },
          "next_offset": {
            "type": [
              "integer",
              "null"
            ]
          }
        }
      },
      "Who": {
        "type": "object",
        "required": [
          "role",
          "role_key",
          "of",
          "holders"
        ],
        "properties": {
          "role": {
            "type": "string"
          },
          "role_key": {
            "type": "string"
          },
          "of": {
            "$ref": "#/components/schemas/Entity"
          },
          "at": {
            "type": [
              "string",
              "null"
            ]
          },
          "holders": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "person": {
                  "$ref": "#/components/schemas/Entity"
                },
                "role": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "role_key": {
                  "type": "string"
                },
                "status": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "first_date": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "last_date": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "predecessors": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Entity"
                  }
                },
                "evidence": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Evidence"
                  }
                }
              }
            }
          }
        }
      },
      "PathStep": {
        "type": "object",
        "required": [
          "from",
          "to",
          "predicate",
          "direction"
        ],
        "properties": {
          "from": {
            "$ref": "#/components/schemas/Entity"
          },
          "to": {
            "$ref": "#/components/schemas/Entity"
          },
          "predicate": {
            "type": "string",
            "enum": [
              "holds_role",
              "succeeds",
              "located_in",
              "co_mentioned"
            ]
          },
          "role": {
            "type": [
              "string",
              "null"
            ]
          },
          "direction": {
            "type": "string"
          },
          "evidence": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/Evidence"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "Timeline": {
        "type": "object",
        "required": [
          "entity",
          "entries"
        ],
        "properties": {
          "entity": {
            "$ref": "#/components/schemas/Entity"
          },
          "entries": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "date": {
                  "type": "string"
                },
                "predicate": {
                  "type": "string",
                  "enum": [
                    "holds_role",
                    "succeeds",
                    "located_in",
                    "co_mentioned"
                  ]
                },
                "role": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "role_key": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "status": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "direction": {
                  "type": "string"
                },
                "other": {
                  "$ref": "#/components/schemas/Entity"
                },
                "evidence": {
                  "$ref": "#/components/schemas/Evidence"
                }
              }
            }
          }
        }
      },
      "SearchHit": {
        "type": "object",
        "required": [
          "document",
          "kind",
          "start",
          "end",
          "text",
          "entities"
        ],
        "properties": {
          "document": {
            "type": "string"
          },
          "title": {
            "type": [
              "string",
              "null"
            ]
          },
          "date": {
            "type": [
              "string",
              "null"
            ]
          },
          "kind": {
            "type": "string",
            "enum": [
              "title",
              "sentence"
            ]
          },
          "start": {
            "type": "integer"
          },
          "end": {
            "type": "integer"
          },
          "text": {
            "type": "string"
          },
          "entities": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Entity"
            }
          }
        }
      },
      "Stats": {
        "type": "object",
        "required": [
          "documents",
          "entities",
          "relations",
          "first_date",
          "last_date"
        ],
        "properties": {
          "documents": {
            "type": "integer"
          },
          "entities": {
            "type": "object",
            "additionalProperties": {
              "type": "integer"
            }
          },
          "relations": {
            "type": "object",
            "additionalProperties": {
              "type": "integer"
            }
          },
          "first_date": {
            "type": [
              "string",
              "null"
            ]
          },
          "last_date": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "Document": {
        "type": "object",
        "required": [
          "id",
          "source",
          "start",
          "end",
          "passages",
          "mentions"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "source": {
            "type": "string"
          },
          "title": {
            "type": [
              "string",
              "null"
            ]
          },
          "date": {
            "type": [
              "string",
              "null"
            ]
          },
          "start": {
            "type": "integer"
          },
          "end": {
            "type": "integer"
          },
          "text": {
            "type": "string",
            "description": "The article's text, `start..<end` of the input: a mention spans `mention.start - start ..< mention.end - start` of it, in code points. Left out for a document stored before govgraph kept article texts."
          },
          "passages": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "kind": {
                  "type": "string",
                  "enum": [
                    "title",
                    "sentence"
                  ]
                },
                "start": {
                  "type": "integer"
                },
                "end": {
                  "type": "integer"
                },
                "text": {
                  "type": "string"
                }
              }
            }
          },
          "mentions": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "entity": {
                  "$ref": "#/components/schemas/Entity"
                },
                "start": {
                  "type": "integer"
                },
                "end": {
                  "type": "integer"
                },
                "text": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "Error": {
        "type": "object",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "type": "object",
            "required": [
              "status",
              "message",
              "suggestions"
            ],
            "properties": {
              "status": {
                "type": "integer"
              },
              "message": {
                "type": "string"
              },
              "suggestions": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/Entity"
                },
                "description": "for an unknown entity: the closest known entities"
              }
            }
          }
        }
      }
    },
    "responses": {
      "Error": {
        "description": "An error: 400 bad parameter, 404 unknown entity or document, 413 text too long, 422 number beyond its limit.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      }
    }
  }
}
"""#
}
