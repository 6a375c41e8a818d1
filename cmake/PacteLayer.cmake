# pacte_layer(NAME [DEPS libs...] [PRIVATE_LIBS libs...])
# Builds src/NAME as library pacte_NAME. Its public include root is a folder holding only a
# link named NAME -> src/NAME, so `#include "NAME/..."` works for NAME and the layers that
# link it, and fails to compile everywhere else.
set(PACTE_INCLUDE_ROOT ${CMAKE_BINARY_DIR}/include)

function(pacte_layer name)
  cmake_parse_arguments(ARG "" "" "DEPS;PRIVATE_LIBS" ${ARGN})
  set(root ${PACTE_INCLUDE_ROOT}/${name})
  file(MAKE_DIRECTORY ${root})
  file(CREATE_LINK ${CMAKE_SOURCE_DIR}/src/${name} ${root}/${name} SYMBOLIC)
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/${name}/*.cpp)
  list(FILTER sources EXCLUDE REGEX "_(test|dbtest|bench)\\.cpp$")
  add_library(pacte_${name} STATIC ${sources})
  target_include_directories(pacte_${name} PUBLIC ${root})
  target_compile_options(pacte_${name} PRIVATE ${PACTE_WARNINGS})
  target_link_libraries(pacte_${name} PUBLIC ${ARG_DEPS} PRIVATE ${ARG_PRIVATE_LIBS})
  target_link_libraries(pacte_${name} PUBLIC Threads::Threads)
endfunction()

function(pacte_link_main_dir)
  set(root ${PACTE_INCLUDE_ROOT}/main)
  file(MAKE_DIRECTORY ${root})
  file(CREATE_LINK ${CMAKE_SOURCE_DIR}/src/main ${root}/main SYMBOLIC)
endfunction()
