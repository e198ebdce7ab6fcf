<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApprovalDialog</name>
    <message numerus="yes">
        <location filename="../desktop/ui/orders/approval_dialog.py" line="+62"/>
        <source>… and %n more line(s)</source>
        <translation>
            <numerusform>… and %n more line</numerusform>
            <numerusform>… and %n more lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CartPage</name>
    <message numerus="yes">
        <location filename="../desktop/ui/cart/page.py" line="+223"/>
        <source>&amp;Place %n order(s)</source>
        <translation>
            <numerusform>&amp;Place the order</numerusform>
            <numerusform>&amp;Place %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n order(s), one per supplier. Total %1.</source>
        <translation>
            <numerusform>One order. Total %1.</numerusform>
            <numerusform>%n orders, one per supplier. Total %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s), one per supplier. Total %1 SEK.</source>
        <translation type="vanished">
            <numerusform>One order. Total %1 SEK.</numerusform>
            <numerusform>%n orders, one per supplier. Total %1 SEK.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) are placed.</source>
        <translation type="vanished">
            <numerusform>The order is placed.</numerusform>
            <numerusform>%n orders are placed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindActions</name>
    <message numerus="yes">
        <location filename="../desktop/ui/find/actions.py" line="+257"/>
        <source>Updating catalogues: supplier %1 of %2 (%3), %Ln line(s)</source>
        <translation>
            <numerusform>Updating catalogues: supplier %1 of %2 (%3), %Ln line</numerusform>
            <numerusform>Updating catalogues: supplier %1 of %2 (%3), %Ln lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindFavourites</name>
    <message numerus="yes">
        <location filename="../desktop/ui/find/favourites.py" line="+116"/>
        <source>%n favourite(s).</source>
        <translation>
            <numerusform>%n favourite.</numerusform>
            <numerusform>%n favourites.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindView</name>
    <message numerus="yes">
        <location filename="../desktop/ui/find/view.py" line="+264"/>
        <source>%Ln item(s), agreement items first.</source>
        <translation>
            <numerusform>%Ln item, agreement items first.</numerusform>
            <numerusform>%Ln items, agreement items first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindWiring</name>
    <message numerus="yes">
        <source>%n picture(s) from the server were refused as unsafe.</source>
        <translation type="vanished">
            <numerusform>%n picture from the server was refused as unsafe.</numerusform>
            <numerusform>%n pictures from the server were refused as unsafe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/find/wiring.py" line="+120"/>
        <source>%n item picture(s) were refused as unsafe.</source>
        <translation>
            <numerusform>%n item picture was refused as unsafe.</numerusform>
            <numerusform>%n item pictures were refused as unsafe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlanceTab</name>
    <message numerus="yes">
        <location filename="../desktop/ui/support/glance.py" line="+165"/>
        <source>%n item(s) are stuck on a colleague&apos;s computer.</source>
        <translation>
            <numerusform>One item is stuck on a colleague&apos;s computer.</numerusform>
            <numerusform>%n items are stuck on a colleague&apos;s computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n order(s) need someone.</source>
        <translation>
            <numerusform>One order needs someone.</numerusform>
            <numerusform>%n orders need someone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n question(s) to the office are open.</source>
        <translation>
            <numerusform>One question to the office is open.</numerusform>
            <numerusform>%n questions to the office are open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OffersPanel</name>
    <message numerus="yes">
        <location filename="../desktop/ui/find/offers.py" line="+210"/>
        <source>Offered by %n supplier(s) on this agreement, in the agreement&apos;s rank order: order from the first unless it cannot deliver.</source>
        <translation>
            <numerusform>Offered by %n supplier on this agreement, in the agreement&apos;s rank order: order from the first unless it cannot deliver.</numerusform>
            <numerusform>Offered by %n suppliers on this agreement, in the agreement&apos;s rank order: order from the first unless it cannot deliver.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Offered by %n supplier(s) on this agreement, cheapest first. Choose one to see it here and add it.</source>
        <translation>
            <numerusform>Offered by %n supplier on this agreement, cheapest first. Choose one to see it here and add it.</numerusform>
            <numerusform>Offered by %n suppliers on this agreement, cheapest first. Choose one to see it here and add it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersWiring</name>
    <message numerus="yes">
        <location filename="../desktop/ui/orders/wiring.py" line="+69"/>
        <source>%n order(s) are queued to be sent.</source>
        <translation>
            <numerusform>The order is queued to be sent.</numerusform>
            <numerusform>%n orders are queued to be sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxIndicator</name>
    <message numerus="yes">
        <location filename="../desktop/ui/orders/outbox_indicator.py" line="+21"/>
        <source>%n item(s) waiting to be sent</source>
        <translation>
            <numerusform>%n item waiting to be sent</numerusform>
            <numerusform>%n items waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacedDialog</name>
    <message numerus="yes">
        <location filename="../desktop/ui/cart/confirmation.py" line="+41"/>
        <source>%n order(s) placed for %1.</source>
        <translation>
            <numerusform>%n order placed for %1.</numerusform>
            <numerusform>%n orders placed for %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchasesDialog</name>
    <message numerus="yes">
        <location filename="../desktop/ui/spend/purchases_dialog.py" line="+100"/>
        <source>%n invoice(s), together %1 (excluding VAT).</source>
        <translation>
            <numerusform>One invoice of %1 (excluding VAT).</numerusform>
            <numerusform>%n invoices, together %1 (excluding VAT).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReorderSummary</name>
    <message numerus="yes">
        <location filename="../desktop/ui/orders/reorder_action.py" line="+104"/>
        <source>%n item(s) put in the cart at today&apos;s prices.</source>
        <translation>
            <numerusform>%n item put in the cart at today&apos;s price.</numerusform>
            <numerusform>%n items put in the cart at today&apos;s prices.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultTexts</name>
    <message numerus="yes">
        <location filename="../desktop/ui/find/result_texts.py" line="+99"/>
        <source>+%n more supplier(s)</source>
        <translation>
            <numerusform>+%n more supplier</numerusform>
            <numerusform>+%n more suppliers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendFormat</name>
    <message numerus="yes">
        <location filename="../desktop/ui/spend/format.py" line="+81"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendHeadline</name>
    <message numerus="yes">
        <location filename="../desktop/ui/spend/cards.py" line="+116"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln invoice</numerusform>
            <numerusform>%Ln invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message numerus="yes">
        <location filename="../desktop/ui/support/page.py" line="+138"/>
        <source>%n item(s) put in the cart.</source>
        <translation>
            <numerusform>One item put in the cart.</numerusform>
            <numerusform>%n items put in the cart.</numerusform>
        </translation>
    </message>
</context>
</TS>
