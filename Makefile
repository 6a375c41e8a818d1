# pacte — front door. Two commands matter: `make run` and `make test`.
SHELL := /bin/bash
BUILD ?= build/release
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -G Ninja -DCMAKE_BUILD_TYPE=Release $(if $(shell command -v ccache),-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
PACTE := $(BUILD)/pacte
DEMO_DB ?= var/pacte-demo.db
export PACTE_SECRET_KEY ?= demo-only-secret-key-change-me-in-production-0001

.PHONY: help bootstrap build run test test-unit test-e2e bench format lint clean

help: ## This list
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 14

bootstrap: ## Install missing Debian and npm packages
	@scripts/bootstrap

build: bootstrap ## Build pacte and its tests (Release)
	@cmake -S . -B $(BUILD) $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

run: build ## Build, create the demo database if absent, serve on http://127.0.0.1:8080
	@PACTE_DATABASE=$(DEMO_DB) $(PACTE) demo --if-absent
	@echo "pacte : http://127.0.0.1:8080  (Ctrl-C pour arrêter)"
	@PACTE_DATABASE=$(DEMO_DB) $(PACTE) serve

test: build ## Run every test kind: unit, storage on SQLite and PostgreSQL, HTTP, browser
	@scripts/run-tests $(BUILD)

bench: build ## Benchmarks (wrk on loopback), printed as ratios
	@bench/run $(BUILD)

format: ## Format C++ sources
	@find src tests bench -name '*.cpp' -o -name '*.hpp' | xargs clang-format -i

lint: ## Static checks (clang-tidy on the sources)
	@find src -name '*.cpp' ! -name '*_test.cpp' | xargs -P $(JOBS) -n 8 clang-tidy -p $(BUILD) --quiet --extra-arg=-Wno-unknown-warning-option

clean: ## Remove the build folders
	@rm -rf build
