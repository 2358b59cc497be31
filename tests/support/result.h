#pragma once

#include "model/result.h"

#include <QTest>

// Fails the test with the result's error unless it succeeded.
#define QVERIFY_OK(result)                                                                                             \
    do {                                                                                                               \
        const auto &result_ = (result);                                                                                \
        QVERIFY2(result_.ok(), qPrintable(result_.error()));                                                           \
    } while (false)

// Opens a project with `store` into `data`, or fails the test with the store's error.
#define QVERIFY_OPEN(store, path, data)                                                                                \
    do {                                                                                                               \
        auto opened_ = (store).open(path);                                                                             \
        QVERIFY2(opened_.ok(), qPrintable(opened_.error()));                                                           \
        (data) = std::move(opened_).value();                                                                           \
    } while (false)
