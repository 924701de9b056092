"""Drives `govgraph serve` in headless Chromium: start page, search, entity page, a node of its
diagram, a document's text. Run by ServeTests.swift with the server's address; prints one line per
check and exits non-zero on the first failure.

    python3 browser_test.py http://127.0.0.1:PORT/ [--screenshot FILE.png] [--entity NAME]
"""

import argparse
import shutil
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait


def browser():
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1280,1400", "--lang=de"]:
        options.add_argument(argument)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium:
        options.binary_location = chromium
    driver_path = shutil.which("chromedriver")
    service = Service(executable_path=driver_path) if driver_path else Service()
    return webdriver.Chrome(service=service, options=options)


def check(condition, message):
    if not condition:
        raise AssertionError(message)
    print("ok:", message)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("--screenshot")
    parser.add_argument("--entity", default="Leipzig")
    parser.add_argument("--screenshot-only", action="store_true")
    args = parser.parse_args()
    base = args.base.rstrip("/")
    driver = browser()
    wait = WebDriverWait(driver, 10)
    try:
        if args.screenshot_only:
            driver.set_window_size(1280, 1800)
            driver.get(base + "/entity/" + args.entity)
            wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#diagram svg")))
            driver.save_screenshot(args.screenshot)
            print("ok: screenshot", args.screenshot)
            return

        # The start page: counts, the most connected entities, the search box.
        driver.get(base + "/")
        check("govgraph" in driver.title, "the start page has its title")
        counts = driver.find_element(By.ID, "counts").text
        check("3 documents" in counts, "the start page counts the documents: " + counts)
        top = driver.find_element(By.ID, "top").text
        check("Burkhard Jung" in top, "the start page lists the most connected entities")

        # Suggestions as you type.
        box = driver.find_element(By.ID, "q")
        box.send_keys("Leip")
        wait.until(lambda d: d.execute_script(
            "return Array.from(document.querySelectorAll('#suggestions option')).map(o => o.value)").count("Leipzig") > 0)
        check(True, "typing 'Leip' suggests Leipzig")

        # Search with the plain form, then follow the result.
        box.clear()
        box.send_keys("Leipzig")
        driver.find_element(By.CSS_SELECTOR, "#start-search button").click()
        wait.until(EC.presence_of_element_located((By.ID, "entities")))
        check("/search?q=Leipzig" in driver.current_url, "the form searches")
        results = driver.find_elements(By.CSS_SELECTOR, "#entities a.result")
        check(any(a.text == "Leipzig" for a in results), "the results list Leipzig")
        next(a for a in results if a.text == "Leipzig").click()

        # The entity page: name, type, keys, roles with dates and evidence, links, the diagram.
        wait.until(EC.text_to_be_present_in_element((By.ID, "entity-name"), "Leipzig"))
        check(driver.find_element(By.ID, "entity-type").text == "municipality", "the entity page shows the type")
        check("14713000" in driver.find_element(By.ID, "keys").text, "the entity page shows the AGS")
        roles = driver.find_element(By.ID, "roles").text
        check("Oberbürgermeister" in roles and "Burkhard Jung" in roles and "2025-02-12" in roles,
              "the entity page shows who holds which role, and when")
        check("located_in" in driver.page_source and "Sachsen" in driver.page_source,
              "the entity page groups the other links by relation")
        if args.screenshot:
            driver.save_screenshot(args.screenshot)
            print("ok: screenshot", args.screenshot)

        # A node of the diagram leads to its entity's page.
        node = driver.find_element(
            By.CSS_SELECTOR, "#diagram svg a[*|href='/entity/person:burkhard-jung'] text")
        node.click()
        wait.until(EC.text_to_be_present_in_element((By.ID, "entity-name"), "Burkhard Jung"))
        check("/entity/person:burkhard-jung" in driver.current_url, "a click on a diagram node opens its page")
        roles = driver.find_element(By.ID, "roles").text
        check("Präsident" in roles and "Deutscher Städtetag" in roles, "Burkhard Jung's roles are listed")

        # A document, with its mentions marked and linked.
        driver.find_element(By.CSS_SELECTOR, "#roles a.document").click()
        wait.until(EC.presence_of_element_located((By.ID, "document-title")))
        title = driver.find_element(By.ID, "document-title").text
        check(title != "", "the document page shows the title: " + title)
        paragraphs = [p.text for p in driver.find_elements(By.CSS_SELECTOR, "#text p")]
        check(paragraphs and "Burkhard Jung" in " ".join(paragraphs),
              "the document page shows the article text: " + " / ".join(paragraphs)[:200])
        check(not driver.find_elements(By.ID, "no-text"), "the document page has no note of a missing text")
        marked = [a.text for a in driver.find_elements(By.CSS_SELECTOR, "#text a.mention")]
        check("Burkhard Jung" in marked, "the document text marks the mentions: " + ", ".join(marked))
        driver.find_element(By.CSS_SELECTOR, "#text a.mention").click()
        wait.until(EC.presence_of_element_located((By.ID, "entity-name")))
        check(True, "a marked mention links to its entity")
    finally:
        driver.quit()


if __name__ == "__main__":
    try:
        main()
    except Exception as error:  # one line for the Swift test
        print("FAILED:", type(error).__name__, str(error).splitlines()[0] if str(error) else "")
        sys.exit(1)
